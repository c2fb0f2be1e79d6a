import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no element with id "app" to mount the dashboard in.');

export default mount(App, { target });
